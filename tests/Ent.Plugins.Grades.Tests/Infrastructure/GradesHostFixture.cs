using Ent.Testing;
using Xunit;

namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>One Ent.Testing host and one <see cref="GradesWorld"/> per test class, on <typeparamref name="TEngine"/>.</summary>
public class GradesHostFixture<TEngine> : EntHostFixture<TEngine>, IDisposable
    where TEngine : IDatabaseEngine
{
    private GradesTestHost? _grades;

    /// <summary>Gets the grades side of the host; skips the test where the engine is not available.</summary>
    public new GradesTestHost Host => _grades ?? new GradesTestHost(base.Host);

    public GradesWorld World { get; } = new();

    protected bool IsStarted => _grades is not null;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        try
        {
            _grades = new GradesTestHost(base.Host);
        }
        catch (SkipException)
        {
            return;
        }

        await World.WriteAsync(_grades);
    }

    public void Dispose()
    {
        _grades?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void Configure(EntTestHostOptions options) => GradesTestHost.Configure(options);
}
