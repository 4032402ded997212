namespace Ent.Host.Hosting;

/// <summary>Whether start-up work (migrations, schemas) is done.</summary>
internal sealed class StartupState
{
    private volatile bool _isReady;

    public bool IsReady => _isReady;

    public void MarkReady() => _isReady = true;
}
