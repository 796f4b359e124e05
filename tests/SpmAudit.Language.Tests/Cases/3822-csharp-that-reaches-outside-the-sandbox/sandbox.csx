// Each method reaches for something a function may not touch; each is refused where it is written.
static double reads_a_file(double a) => System.IO.File.ReadAllText("/etc/passwd").Length;

static double reads_the_environment(double a) => Environment.GetEnvironmentVariable("HOME").Length;

static double starts_a_process(double a) => System.Diagnostics.Process.Start("sh").Id;

static double reflects(double a)
{
    var type = Type.GetType("System.IO.File");
    return a.GetType().Name.Length;
}

static double starts_a_thread(double a)
{
    new System.Threading.Thread(() => { }).Start();
    return a;
}

static double reads_the_clock(double a) => DateTime.Now.Year;
