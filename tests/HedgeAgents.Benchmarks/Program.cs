using BenchmarkDotNet.Running;
using HedgeAgents.Benchmarks;

// dotnet run -c Release --project tests/HedgeAgents.Benchmarks -- --filter '*'   (docs/benchmarks.md)
IdleCheck.WarnIfBusy(Console.Error);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
