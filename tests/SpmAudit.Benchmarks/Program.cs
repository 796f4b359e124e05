using BenchmarkDotNet.Running;

// Every benchmark class of this assembly; pick with --filter, choose a job with --job (docs/performance.md).
BenchmarkSwitcher.FromAssembly(typeof(SpmAudit.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
