// Pricing transparency: the effective annual rate that a loan's cash flows imply.
// Amounts are the client's: money the client receives is positive (the disbursement, compulsory
// savings paid back at the end), money the client pays is negative (fees, instalments, insurance,
// compulsory savings deposits). Days count from the disbursement.

// The annual rate r at which the flows, each discounted by (1 + r)^(day / 365), add up to zero:
// the internal rate of return of the schedule, compounded once a year.
static double effective_annual_rate(IReadOnlyList<ScheduleRow> schedule)
{
    if (schedule.Count < 2)
    {
        throw new ArgumentException("the schedule needs the disbursement and at least one payment");
    }

    foreach (var flow in schedule)
    {
        if (double.IsNaN(flow.day) || double.IsNaN(flow.amount))
        {
            throw new ArgumentException("every flow of the schedule needs its day and its amount");
        }
    }

    if (!schedule.Any(f => f.amount > 0) || !schedule.Any(f => f.amount < 0))
    {
        throw new ArgumentException("the schedule needs money received and money paid");
    }

    // Newton's method, kept inside a bracket of rates: a step that leaves it is replaced by halving it.
    // With the money received first, the present value rises with the rate, so its sign says which half holds the root.
    double low = -0.999999, high = 1000, rate = 0.1;
    for (var step = 0; step < 300; step++)
    {
        var (value, slope) = present_value(schedule, rate);
        if (Math.Abs(value) < 1e-9 || high - low < 1e-12)
        {
            return rate;
        }

        if (value < 0)
        {
            low = rate;
        }
        else
        {
            high = rate;
        }

        var next = slope != 0 ? rate - (value / slope) : double.NaN;
        rate = next > low && next < high ? next : (low + high) / 2;
    }

    return rate;
}

// The present value of the flows at an annual rate, and its derivative with respect to the rate.
static (double Value, double Slope) present_value(IReadOnlyList<ScheduleRow> schedule, double rate)
{
    double value = 0, slope = 0;
    foreach (var flow in schedule)
    {
        var years = flow.day / 365.0;
        var discounted = flow.amount * Math.Pow(1 + rate, -years);
        value += discounted;
        slope -= years * discounted / (1 + rate);
    }

    return (value, slope);
}

// The share of sampled loan files whose stated effective rate is within the tolerance of the rate
// their own schedule implies. A file without a stated rate, or without flows, does not state it.
static double share_stating_their_rate(IReadOnlyList<FilesRow> files, IReadOnlyList<FlowsRow> flows, double tolerance)
{
    if (files.Count == 0)
    {
        return double.NaN;
    }

    var stating = 0;
    foreach (var file in files)
    {
        var computed = rate_of(file.loan, flows);
        if (!double.IsNaN(file.stated_rate) && !double.IsNaN(computed) && Math.Abs(file.stated_rate - computed) <= tolerance)
        {
            stating++;
        }
    }

    return (double)stating / files.Count;
}

// How far, at most, a sampled file's stated rate falls below the rate its schedule implies (0 when none does).
static double largest_understatement(IReadOnlyList<FilesRow> files, IReadOnlyList<FlowsRow> flows)
{
    var largest = 0.0;
    foreach (var file in files)
    {
        var computed = rate_of(file.loan, flows);
        if (double.IsNaN(file.stated_rate) || double.IsNaN(computed))
        {
            return double.NaN;
        }

        largest = Math.Max(largest, computed - file.stated_rate);
    }

    return largest;
}

static double rate_of(string loan, IReadOnlyList<FlowsRow> flows)
{
    var schedule = flows.Where(f => f.loan == loan).Select(f => new ScheduleRow(f.day, f.amount)).ToList();
    return schedule.Count < 2 ? double.NaN : effective_annual_rate(schedule);
}
