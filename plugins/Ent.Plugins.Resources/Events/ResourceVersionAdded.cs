using Ent.Events;

namespace Ent.Plugins.Resources.Events;

/// <summary>
/// A new version of a file resource was uploaded. Published after it is saved, for those who follow the
/// resource.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When the version was saved.</param>
/// <param name="ResourceId">The resource.</param>
/// <param name="VersionId">The new version.</param>
/// <param name="Number">Its rank, from 2.</param>
/// <param name="Title">The resource's title.</param>
/// <param name="UploadedById">Who uploaded it.</param>
/// <param name="FollowerIds">The people following the resource, the uploader left out.</param>
internal sealed record ResourceVersionAdded(
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid ResourceId,
    Guid VersionId,
    int Number,
    string Title,
    Guid UploadedById,
    IReadOnlyList<Guid> FollowerIds) : IDomainEvent;
