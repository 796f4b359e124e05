static int calls;

static unsafe double pointer(double a)
{
    double* p = &a;
    return *p;
}

static double late_bound(double a)
{
    dynamic d = a;
    return d * 2;
}

[System.Runtime.InteropServices.DllImport("libc")]
static extern int getpid();

static double jumps(double a)
{
again:
    a = a - 1;
    if (a > 0) goto again;
    return a;
}
