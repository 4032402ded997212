namespace Ent.GraphQL;

/// <summary>The GraphQL names of the types the host defines, which plugins may extend.</summary>
public static class CoreTypeNames
{
    /// <summary>The root query type.</summary>
    public const string Query = "Query";

    /// <summary>The root mutation type.</summary>
    public const string Mutation = "Mutation";

    /// <summary>The root subscription type.</summary>
    public const string Subscription = "Subscription";

    /// <summary>A person of the directory; its source is <see cref="Directory.Person"/>.</summary>
    public const string Person = "Person";

    /// <summary>A school; its source is <see cref="Directory.School"/>.</summary>
    public const string School = "School";

    /// <summary>A class; its source is <see cref="Directory.SchoolClass"/>.</summary>
    public const string Class = "Class";

    /// <summary>A teaching group; its source is <see cref="Directory.TeachingGroup"/>.</summary>
    public const string TeachingGroup = "TeachingGroup";

    /// <summary>A subject; its source is <see cref="Directory.Subject"/>.</summary>
    public const string Subject = "Subject";

    /// <summary>A trimester or semester; its source is <see cref="Directory.Period"/>.</summary>
    public const string Period = "Period";
}
