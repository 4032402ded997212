namespace Ent.Host.Tests.Data.SampleStore;

public sealed class SampleItem
{
    public Guid Id { get; set; }

    public required string Label { get; set; }
}
