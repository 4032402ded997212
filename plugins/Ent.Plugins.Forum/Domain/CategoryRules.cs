namespace Ent.Plugins.Forum.Domain;

/// <summary>The limits of a category's texts.</summary>
internal static class CategoryRules
{
    public const int MaxNameLength = 120;

    public const int MaxDescriptionLength = 1_000;
}
