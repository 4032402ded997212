namespace Ent.Host.Cli;

/// <summary>Writes progress as it is reported, in order, unlike <see cref="Progress{T}"/> which posts it.</summary>
internal sealed class WriterProgress<T>(TextWriter writer, Func<T, string> format) : IProgress<T>
{
    public void Report(T value) => writer.WriteLine(format(value));
}
