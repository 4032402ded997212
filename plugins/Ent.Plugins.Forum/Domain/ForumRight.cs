namespace Ent.Plugins.Forum.Domain;

/// <summary>
/// A right on a category. Each includes the ones below it: whoever manages also moderates, contributes
/// and reads.
/// </summary>
internal enum ForumRight
{
    /// <summary>Reads the category's subjects and published messages.</summary>
    Read = 1,

    /// <summary>Opens subjects and posts messages.</summary>
    Contribute = 2,

    /// <summary>Approves, rejects and hides messages; locks and pins subjects.</summary>
    Moderate = 3,

    /// <summary>Edits the category and grants rights on it.</summary>
    Manage = 4,
}
