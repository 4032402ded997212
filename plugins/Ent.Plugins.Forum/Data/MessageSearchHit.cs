namespace Ent.Plugins.Forum.Data;

/// <summary>A message matching a full-text query, with its relevance: higher is better on both engines.</summary>
internal sealed class MessageSearchHit
{
    public Guid MessageId { get; set; }

    public double Score { get; set; }
}
