using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Host.Directory.Import;
using Ent.Host.Directory.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.GraphQL;

/// <summary>
/// <c>importDirectory</c>: the admin mutation over <see cref="DirectoryImporter"/>, for the administrators of
/// the school the files describe and for the tenant's.
/// </summary>
internal static class ImportDirectoryMutation
{
    public const string InvalidFileCode = "INVALID_IMPORT_FILE";
    public const string InvalidRowCode = "INVALID_IMPORT_ROW";

    public static void Add(ObjectGraphType<object?> mutation) =>
        mutation.Field<NonNullGraphType<ImportDirectoryPayloadType>>("importDirectory")
            .Description("Imports one school's people, classes, groups, family links and assignments from its CSV files. "
                + "Every row is validated first: any error rejects the import whole, and nothing is written.")
            .Argument<NonNullGraphType<ImportDirectoryInputType>>("input")
            .RequireProfile(ProfileKind.Personnel)
            .ResolveAsync(async context => await ImportAsync(context));

    private static async Task<ImportDirectoryPayload> ImportAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var viewer = services.GetRequiredService<IAccessPolicy>().Viewer;
        if (!viewer.IsTenantAdministrator && !viewer.Profiles.Any(profile => profile.IsSchoolAdministrator))
        {
            throw EntErrors.Forbidden("Importing a school's directory is for the school's administrators and the tenant's.");
        }

        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var importer = services.GetRequiredService<DirectoryImporter>();
        var validation = await importer.ValidateAsync(ImportDirectoryInputType.ToFiles(input), null, context.CancellationToken);
        if (validation.Data is not { } data)
        {
            var errors = validation.Errors.Listed
                .Select(error => new UserError(error.Line > 0 ? InvalidRowCode : InvalidFileCode, error.ToString(), [ImportDirectoryInputType.FieldOf(error.File)]))
                .ToList();
            return new ImportDirectoryPayload(null, false, [], errors, validation.Errors.Count);
        }

        var school = await FindSchoolAsync(context, viewer.TenantId, data.School.Uai);
        if (!viewer.IsTenantAdministrator && !(school is not null && viewer.Profiles.Any(profile => profile.SchoolId == school.Id && profile.IsSchoolAdministrator)))
        {
            throw EntErrors.Forbidden($"Only the administrators of school {data.School.Uai} and the tenant's may import its directory.");
        }

        if (input.GetValueOrDefault(ImportDirectoryInputType.DryRunField) is true)
        {
            return new ImportDirectoryPayload(school, false, [], [], 0);
        }

        var result = await importer.WriteAsync(viewer.TenantId, data, null, context.CancellationToken);
        return new ImportDirectoryPayload(await FindSchoolAsync(context, viewer.TenantId, data.School.Uai), true, result.Counts!.All, [], 0);
    }

    private static async Task<School?> FindSchoolAsync(IResolveFieldContext context, string tenantId, string uai)
    {
        await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
        return await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId && s.Uai == uai, context.CancellationToken);
    }
}
