namespace Ent.Plugins.Forum.Domain;

/// <summary>The limits of a subject.</summary>
internal static class SubjectRules
{
    public const int MaxTitleLength = 200;
}
