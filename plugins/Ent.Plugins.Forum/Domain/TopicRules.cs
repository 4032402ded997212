namespace Ent.Plugins.Forum.Domain;

/// <summary>The limits of a topic.</summary>
internal static class TopicRules
{
    public const int MaxTitleLength = 200;
}
