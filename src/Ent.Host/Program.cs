using Ent.Host.Cli;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    return await EntCommandLine.RunAsync(args);
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "ENT stopped on an error.");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
