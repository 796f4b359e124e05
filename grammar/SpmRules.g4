// SpmAudit ruleset language. One grammar serves whole ruleset files, imported
// modules (evidence dictionaries, parameters) and the expressions embedded in YAML.
// Regenerate the C# parser with scripts/regen-parser.sh after any change.
grammar SpmRules;

// ---------------------------------------------------------------- files

compilationUnit
    : header? declaration* EOF
    ;

// Entry point for rule expressions written inside YAML strings.
standaloneExpression
    : expr EOF
    ;

header
    : RULESET name=slug title=STRING headerClause*
    ;

headerClause
    : VERSION STRING                                   # versionClause
    | FOLLOWS STRING                                   # followsClause
    | LEVELS IDENT (GT IDENT)*                         # levelsClause
    | VALID FROM DATE (TO DATE)?                       # validityClause
    ;

// Ruleset ids may contain dashes, digits and keywords: universal-standards, check-5to7,
// evidence-cases. Like node ids they arrive as several tokens and are joined by the AST builder.
slug
    : slugPart+
    ;

slugPart
    : anyName | NUMBER | MINUS | DOT | DATE
    ;

declaration
    : IMPORT STRING                                    # importDecl
    | PARAMETER IDENT COLON typeRef ASSIGN expr STRING? # parameterDecl
    | SCALE LBRACE scaleEntry (COMMA scaleEntry)* COMMA? RBRACE # scaleDecl
    | GRADES LBRACE gradeEntry* RBRACE                 # gradesDecl
    | EVIDENCE LBRACE evidenceItem* RBRACE             # evidenceDecl
    | SCORING LBRACE scoringEntry* RBRACE              # scoringDecl
    | CERTIFICATION slug title=STRING (VALID years=NUMBER IDENT)? LBRACE certificationClause* RBRACE # certificationDecl
    | TRANSLATION language=IDENT LBRACE translationEntry* RBRACE # translationDecl
    | EXTEND nodeId LBRACE node* RBRACE                # extendDecl
    | TABLE IDENT title=STRING LBRACE tableMember* RBRACE # tableDecl
    | METRIC qualifiedName title=STRING LBRACE metricMember* RBRACE # metricDecl
    | SCORECARD IDENT title=STRING LBRACE scorecardMember* RBRACE # scorecardDecl
    | FUNCTION IDENT LPAREN (functionParam (COMMA functionParam)*)? RPAREN COLON typeRef ASSIGN functionBody # functionDecl
    | node                                             # nodeDecl
    ;

// '1.A.1.1 "Titre traduit" guidance "Consignes traduites"'
translationEntry
    : nodeId title=STRING (GUIDANCE guidance=STRING)?
    ;

// 'default = weighted_mean', 'standard = minimum', 'missing = exclude'
scoringEntry
    : IDENT ASSIGN IDENT
    ;

certificationClause
    : PASS WHEN outcome                                # passClause
    | TIER STRING WHEN outcome                         # tierClause
    | requires=IDENT assessmentName (COMMA assessmentName)* # requiresClause
    ;

// ---------------------------------------------------------------- outcome rules (over results, not evidence)

// Entry point for outcome rules written inside YAML strings.
standaloneOutcome
    : outcome EOF
    ;

outcome
    : LPAREN outcome RPAREN                            # parenOutcome
    | NOT outcome                                      # notOutcome
    | outcome AND outcome                              # andOutcome
    | outcome OR outcome                               # orOutcome
    | EVERY level=IDENT (IN nodeId)? IS statusWord     # everyOutcome
    | ANY CRITICAL (IN nodeId)? (IS | ARE)? statusWord  # criticalOutcome
    | quantifier=(ALL | ANY) OF LBRACK nodeId (COMMA nodeId)* RBRACK (IS | ARE) statusWord # setOutcome
    | measure=(SCORE | COVERAGE) (OF nodeId)? op=(GE | GT | LE | LT) (NUMBER | PERCENT) # thresholdOutcome
    ;

statusWord
    : NOT? IDENT
    ;

scaleEntry
    : IDENT ASSIGN number
    ;

// 'minimum coverage 60%' is written with a plain name, so that 'minimum' stays free for scoring models.
gradeEntry
    : STRING GE number                                 # gradeBand
    | CAP STRING WHEN outcome                          # gradeCap
    | IDENT COVERAGE (PERCENT | NUMBER)                # gradeMinimumCoverage
    ;

// 'required' (in every assessment) or 'required for external-audit, accompanied-self-assessment'.
// Assessment types are plain names joined by hyphens, so a keyword after them (critical, question) ends the list.
requirement
    : REQUIRED (FOR assessmentName (COMMA assessmentName)*)?
    ;

assessmentName
    : IDENT (MINUS IDENT)*
    ;

// ---------------------------------------------------------------- evidence dictionary

evidenceItem
    : qualifiedName COLON typeRef itemClause*
    ;

itemClause
    : QUESTION STRING                                  # questionClause
    | UNIT STRING                                      # unitClause
    | RANGE lower=signedNumber? DOTDOT upper=signedNumber? # rangeClause
    | requirement                                      # requiredClause
    | VALID FOR NUMBER IDENT                           # freshnessClause
    | FORMERLY qualifiedName (LBRACE formerChoice (COMMA formerChoice)* COMMA? RBRACE)? # formerlyClause
    ;

// 'formerly clientdata.poverty_tool { own_tool = proxy_only }': an old key of the item, and how
// the old key's choices read as the item's own.
formerChoice
    : from=IDENT ASSIGN to=IDENT
    ;

typeRef
    : IDENT                                            # simpleType
    | IDENT OF LPAREN IDENT (COMMA IDENT)* RPAREN      # choiceType
    | IDENT OF LBRACE fieldDecl (COMMA fieldDecl)* COMMA? RBRACE # recordListType
    ;

fieldDecl
    : IDENT COLON typeRef
    ;

// ---------------------------------------------------------------- tables, metrics and scorecards

// A table's schema: 'loan_id : text', 'key loan_id', 'check disbursed_on <= maturity_on "…"',
// 'missing <= 5% warning'. Words that are not keywords (check, missing) are checked by the AST builder.
tableMember
    : IDENT COLON typeRef columnClause*                # columnMember
    | KEY IDENT (COMMA IDENT)*                         # keyMember
    | IDENT expr STRING                                # checkMember
    | IDENT LE PERCENT IDENT                           # thresholdMember
    ;

columnClause
    : REFERENCES IDENT                                 # referencesClause
    | RANGE lower=signedNumber? DOTDOT upper=signedNumber? # columnRangeClause
    | IDENT LE PERCENT IDENT                           # columnThresholdClause
    ;

// 'from loans', 'join clients', 'where status == active', 'by branch, product', 'value share(gender == female)',
// 'pair client_id by round from 1 to 2' (each client's row of round 1 with their row of round 2; the
// word 'pair' is checked by the AST builder).
metricMember
    : FROM IDENT                                       # fromMember
    | JOIN IDENT                                       # joinMember
    | WHERE expr                                       # whereMember
    | BY IDENT (COMMA IDENT)*                          # byMember
    | IDENT IDENT (COMMA IDENT)* BY IDENT FROM expr TO expr # pairMember
    | IDENT expr                                       # valueMember
    ;

// 'lines (national, extreme)', 'question q1 "…" { answer "0" points 12 … }', 'likelihood national { 0..14 = 82% … }'.
scorecardMember
    : IDENT LPAREN IDENT (COMMA IDENT)* RPAREN         # linesMember
    | QUESTION IDENT title=STRING LBRACE answerEntry* RBRACE # questionMember
    | LIKELIHOOD IDENT LBRACE likelihoodEntry* RBRACE  # likelihoodMember
    ;

// 'answer "2 or more" points 0' or, with points per line, 'answer "none" points (national 12, extreme 9)'.
answerEntry
    : ANSWER STRING POINTS (NUMBER | LPAREN IDENT NUMBER (COMMA IDENT NUMBER)* RPAREN)
    ;

likelihoodEntry
    : low=NUMBER DOTDOT high=NUMBER ASSIGN (PERCENT | NUMBER)
    ;

// ---------------------------------------------------------------- hierarchy

node
    : level=IDENT nodeId title=STRING nodeAttribute* LBRACE nodeMember* RBRACE
    ;

// Ids such as 1, 1A, 1.A.1, 4.A.1.1 and ac-2 arrive as several tokens (numbers, names,
// dots, hyphens); the AST builder joins them and rejects spaces inside an id. An id with a
// keyword for a part (risk.in.2) is written as a string: "risk.in.2".
nodeId
    : nodeIdPart+
    | STRING
    ;

nodeIdPart
    : NUMBER | IDENT | DOT | MINUS | DATE
    ;

nodeAttribute
    : WEIGHT number                                    # weightAttribute
    | CRITICAL                                         # criticalAttribute
    | requirement                                      # requiredAttribute
    ;

nodeMember
    : GUIDANCE STRING                                  # guidanceMember
    | APPLIES WHEN expr                                # appliesMember
    | LET IDENT ASSIGN expr                            # letMember
    | SCORE LBRACE scoreRule+ RBRACE                   # scoreMember
    | node                                             # childMember
    ;

// ---------------------------------------------------------------- functions

functionParam
    : IDENT COLON typeRef
    ;

// A rule expression, or C# written between triple backticks or kept in a file beside the ruleset.
functionBody
    : CSHARP (CSHARP_CODE | STRING)                    # csharpBody
    | expr                                             # expressionBody
    ;

// 'met when …' / 'partial when …', or ordinal levels with points: '3 when …  2 when …  1 when …'.
scoreRule
    : label=(IDENT | NUMBER) WHEN expr
    ;

// ---------------------------------------------------------------- expressions

expr
    : primary                                          # primaryExpr
    | MINUS expr                                       # negateExpr
    | expr op=(STAR | SLASH) expr                      # multiplicativeExpr
    | expr op=(PLUS | MINUS) expr                      # additiveExpr
    | expr op=(LT | LE | GT | GE | EQ | NE) expr       # comparisonExpr
    | expr NOT? IN LBRACK (expr (COMMA expr)*)? RBRACK # inExpr
    | NOT expr                                         # notExpr
    | expr AND expr                                    # andExpr
    | expr OR expr                                     # orExpr
    | IF expr THEN expr ELSE expr                      # conditionalExpr
    ;

primary
    : number                                           # numberLiteral
    | PERCENT                                          # percentLiteral
    | STRING                                           # stringLiteral
    | DATE                                             # dateLiteral
    | TRUE                                             # trueLiteral
    | FALSE                                            # falseLiteral
    | callee=(IDENT | ANY | ALL | LIKELIHOOD) LPAREN (argument (COMMA argument)*)? RPAREN # callExpr
    | qualifiedName                                    # nameExpr
    | LPAREN expr RPAREN                               # parenExpr
    | primary LBRACK selection (COMMA selection)* RBRACK # selectExpr
    ;

// One group of a grouped metric: 'metric.dropout_by_cycle[last_cycle = 1]'.
selection
    : IDENT ASSIGN expr
    ;

argument
    : IDENT ARROW expr                                 # lambdaArgument
    | expr                                             # plainArgument
    ;

// The first segment is a plain name; later segments may reuse keywords
// (portfolio.range, policy.version) because a dot already disambiguates them.
qualifiedName
    : (IDENT | METRIC) (DOT anyName)*
    ;

anyName
    : IDENT | RULESET | VERSION | FOLLOWS | LEVELS | VALID | FROM | TO | IMPORT
    | PARAMETER | SCALE | GRADES | CAP | WHEN | ANY | CRITICAL | EVIDENCE | QUESTION
    | UNIT | RANGE | OF | WEIGHT | GUIDANCE | APPLIES | LET | SCORE | AND | OR | NOT
    | IN | IF | THEN | ELSE | TRUE | FALSE | SCORING | CERTIFICATION | PASS | TIER | EVERY
    | IS | ARE | ALL | COVERAGE | TRANSLATION | EXTEND | REQUIRED | FOR | FUNCTION | CSHARP
    | TABLE | METRIC | SCORECARD | KEY | REFERENCES | WHERE | JOIN | BY | LIKELIHOOD | ANSWER | POINTS | FORMERLY
    ;

number
    : NUMBER
    ;

signedNumber
    : MINUS? (NUMBER | PERCENT)
    ;

// ---------------------------------------------------------------- lexer

RULESET   : 'ruleset';
VERSION   : 'version';
FOLLOWS   : 'follows';
LEVELS    : 'levels';
VALID     : 'valid';
FROM      : 'from';
TO        : 'to';
IMPORT    : 'import';
PARAMETER : 'parameter';
SCALE     : 'scale';
GRADES    : 'grades';
CAP       : 'cap';
WHEN      : 'when';
ANY       : 'any';
CRITICAL  : 'critical';
EVIDENCE  : 'evidence';
QUESTION  : 'question';
UNIT      : 'unit';
RANGE     : 'range';
OF        : 'of';
WEIGHT    : 'weight';
GUIDANCE  : 'guidance';
APPLIES   : 'applies';
LET       : 'let';
SCORE     : 'score';
AND       : 'and';
OR        : 'or';
NOT       : 'not';
IN        : 'in';
IF        : 'if';
THEN      : 'then';
ELSE      : 'else';
TRUE      : 'true';
FALSE     : 'false';
SCORING   : 'scoring';
CERTIFICATION : 'certification';
PASS      : 'pass';
TIER      : 'tier';
EVERY     : 'every';
IS        : 'is';
ARE       : 'are';
ALL       : 'all';
COVERAGE  : 'coverage';
TRANSLATION : 'translation';
EXTEND    : 'extend';
REQUIRED  : 'required';
FOR       : 'for';
TABLE     : 'table';
METRIC    : 'metric';
SCORECARD : 'scorecard';
KEY       : 'key';
REFERENCES : 'references';
WHERE     : 'where';
JOIN      : 'join';
BY        : 'by';
LIKELIHOOD : 'likelihood';
ANSWER    : 'answer';
POINTS    : 'points';
FUNCTION  : 'function';
CSHARP    : 'csharp';
FORMERLY  : 'formerly';

ARROW  : '=>';
LE     : '<=';
GE     : '>=';
EQ     : '==';
NE     : '!=';
LT     : '<';
GT     : '>';
ASSIGN : '=';
PLUS   : '+';
MINUS  : '-';
STAR   : '*';
SLASH  : '/';
DOTDOT : '..';
DOT    : '.';
COMMA  : ',';
COLON  : ':';
LPAREN : '(';
RPAREN : ')';
LBRACE : '{';
RBRACE : '}';
LBRACK : '[';
RBRACK : ']';

DATE    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
PERCENT : DIGIT+ ('.' DIGIT+)? '%';
NUMBER  : DIGIT+ ('.' DIGIT+)?;
IDENT   : [a-zA-Z_] [a-zA-Z0-9_]*;
CSHARP_CODE : '```' .*? '```';
STRING  : '"' (~["\\\r\n] | '\\' .)* '"';

LINE_COMMENT : ('//' | '#') ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN);
WS           : [ \t\r\n]+ -> channel(HIDDEN);

// Anything else becomes a token the parser rejects with a located diagnostic.
UNKNOWN_CHAR : .;

fragment DIGIT : [0-9];
