#!/usr/bin/env python3
"""Writes a fictional institution's client and loan records, and two rounds of poverty-scorecard
answers for some of its clients, as gzip-compressed CSV, reproducibly.

  scripts/generate-loan-data.py --loans 1000000 --seed 7 --out /tmp/big
  scripts/generate-loan-data.py --loans 30000 --seed 1 --profile rural --out rulesets/examples/data/sahel-solidarity-finance

The same seed and size give the same bytes. Distributions follow what a group-lending institution
reports: about three women in five, loan cycles that thin out geometrically, amounts that grow with
the cycle, most loans on time with a tail of late ones, drop-out highest after the first cycle, and
poverty-scorecard answers that are worse in rural areas. The scorecard rounds (end of 2024 and end
of 2025) cover about a third of the clients; most answer both, a client who left answers only the
first and a few new clients only the second, and answers improve a little between the rounds. They
come from a random generator of their own, so adding them left the client and loan files unchanged.
Every name and figure is invented.
"""
import argparse, csv, datetime, gzip, io, math, os, random

PROFILES = {
    # share of women, of rural clients, base loan amount, share of loans late, drop-out after cycle 1
    "rural": dict(women=0.64, rural=0.62, amount=180.0, late=0.07, dropout=0.24, branches=["Kaya", "Koudougou", "Dori", "Fada", "Ouahigouya", "Tenkodogo"]),
    "urban": dict(women=0.55, rural=0.35, amount=420.0, late=0.05, dropout=0.18, branches=["Centro", "Norte", "Sur", "Oriente", "Altiplano"]),
}
PRODUCTS = ["group", "individual", "agriculture"]
PERIOD_START = datetime.date(2025, 1, 1)
PERIOD_END = datetime.date(2025, 12, 31)


def answers(rnd, rural):
    poor = rnd.random() < (0.55 if rural else 0.3)
    children = rnd.choices(["0", "1-2", "3-4", "5+"], [1, 3, 3, 2] if poor else [3, 4, 2, 1])[0]
    roof = rnd.choices(["metal", "thatch", "concrete"], [4, 5, 1] if poor else [5, 1, 4])[0]
    fuel = rnd.choices(["wood", "charcoal", "gas"], [6, 3, 1] if poor else [2, 4, 4])[0]
    school = rnd.choices(["yes", "no"], [6, 4] if poor else [9, 1])[0]
    values = [children, roof, fuel, school]
    if rnd.random() < 0.01:  # a few clients leave a question unanswered
        values[rnd.randrange(4)] = ""
    return values


# Answers from worse to better off: a step along these is a household's situation changing.
LADDERS = [["5+", "3-4", "1-2", "0"], ["thatch", "metal", "concrete"], ["wood", "charcoal", "gas"], ["no", "yes"]]
ROUND_DATES = {1: datetime.date(2024, 12, 1), 2: datetime.date(2025, 12, 1)}


def complete_answers(rnd, rural):
    while True:
        values = answers(rnd, rural)
        if "" not in values:
            return values


def moved(rnd, values):
    result = []
    for ladder, value in zip(LADDERS, values):
        step = rnd.random()
        index = ladder.index(value) + (1 if step < 0.18 else -1 if step < 0.24 else 0)
        result.append(ladder[max(0, min(len(ladder) - 1, index))])
    return result


def rounds(seed, clients):
    """Two scorecard rounds: (client_id, round, surveyed_on, answers...) rows."""
    rnd = random.Random(seed * 1000 + 17)
    rows = []
    for client in clients:
        cid, rural, entered, exited = client[0], client[2] == "rural", datetime.date.fromisoformat(client[4]), client[5]
        left = datetime.date.fromisoformat(exited) if exited else None
        first = None
        if entered <= datetime.date(2024, 10, 1) and (left is None or left >= ROUND_DATES[1]) and rnd.random() < 0.35:
            first = complete_answers(rnd, rural)
            rows.append([cid, 1, (ROUND_DATES[1] + datetime.timedelta(days=rnd.randint(0, 25))).isoformat()] + first)
        if left is not None and left < ROUND_DATES[2]:
            continue
        if first is not None and rnd.random() < 0.92:
            rows.append([cid, 2, (ROUND_DATES[2] + datetime.timedelta(days=rnd.randint(0, 25))).isoformat()] + moved(rnd, first))
        elif first is None and entered > datetime.date(2024, 10, 1) and rnd.random() < 0.1:
            rows.append([cid, 2, (ROUND_DATES[2] + datetime.timedelta(days=rnd.randint(0, 25))).isoformat()] + complete_answers(rnd, rural))
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows


def generate(loans, seed, profile, out):
    p = PROFILES[profile]
    rnd = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    officers = {b: [f"{b[:3].upper()}-{i:02d}" for i in range(1, 7)] for b in p["branches"]}
    clients, loan_rows, made, client_no = [], [], 0, 0
    while made < loans:
        client_no += 1
        cid = f"C{client_no:07d}"
        rural = rnd.random() < p["rural"]
        branch = rnd.choice(p["branches"])
        entered = PERIOD_START - datetime.timedelta(days=rnd.randint(30, 365 * 6))
        cycles = min(1 + int(rnd.expovariate(0.55)), 12)
        cycles = min(cycles, loans - made)
        exited, reason = "", ""
        day = entered
        for cycle in range(1, cycles + 1):
            made += 1
            product = rnd.choices(PRODUCTS, [6, 2, 2] if rural else [5, 4, 1])[0]
            amount = round(p["amount"] * (1 + 0.35 * (cycle - 1)) * math.exp(rnd.gauss(0, 0.35)) * (1.6 if product == "individual" else 1.0), 2)
            term = rnd.choice([120, 180, 240, 365])
            disbursed = day + datetime.timedelta(days=rnd.randint(0, 20))
            maturity = disbursed + datetime.timedelta(days=term)
            active = maturity >= PERIOD_END
            if active:
                late = rnd.random() < p["late"] * (1.4 if cycle == 1 else 1.0)
                days_late = rnd.choice([rnd.randint(1, 29), rnd.randint(31, 89), rnd.randint(90, 360)]) if late else 0
                elapsed = max(0.0, min(1.0, (PERIOD_END - disbursed).days / term))
                outstanding = round(amount * (1 - elapsed * (0.5 if days_late > 30 else 0.9)), 2)
                status = "active"
            else:
                days_late, outstanding = 0, 0.0
                status = "written_off" if rnd.random() < 0.012 else "repaid"
            loan_rows.append([f"L{made:08d}", cid, cycle, product, branch, rnd.choice(officers[branch]),
                              disbursed.isoformat(), maturity.isoformat(), f"{amount:.2f}", f"{outstanding:.2f}", days_late, status])
            day = maturity
            if cycle == cycles and not active and rnd.random() < p["dropout"] * (1.0 if cycle == 1 else 0.6):
                exit_day = maturity + datetime.timedelta(days=rnd.randint(1, 60))
                if exit_day <= PERIOD_END:
                    exited, reason = exit_day.isoformat(), rnd.choice(["moved", "no_need", "dissatisfied", "competition", "illness"])
        clients.append([cid, "female" if rnd.random() < p["women"] else "male", "rural" if rural else "urban", branch,
                        entered.isoformat(), exited, reason, cycles] + answers(rnd, rural))
    write(os.path.join(out, "clients.csv.gz"), ["client_id", "gender", "area", "branch", "entered_on", "exited_on", "exit_reason", "last_cycle",
                                                "ppi_children", "ppi_roof", "ppi_fuel", "ppi_school"], clients)
    write(os.path.join(out, "loans.csv.gz"), ["loan_id", "client_id", "cycle", "product", "branch", "officer", "disbursed_on",
                                              "maturity_on", "amount", "outstanding", "days_late", "status"], loan_rows)
    write(os.path.join(out, "scorecard_rounds.csv.gz"), ["client_id", "round", "surveyed_on", "ppi_children", "ppi_roof", "ppi_fuel", "ppi_school"],
          rounds(seed, clients))


def write(path, header, rows):
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    # mtime=0 and no file name inside: the same rows give the same bytes, so the SHA-256 is reproducible.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0, compresslevel=9) as out:
        out.write(text.getvalue().encode("utf-8"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loans", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", choices=sorted(PROFILES), default="rural")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    generate(args.loans, args.seed, args.profile, args.out)
