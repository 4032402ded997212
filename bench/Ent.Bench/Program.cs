using Ent.Bench.Cli;

return await BenchCommandLine.RunAsync(args);
