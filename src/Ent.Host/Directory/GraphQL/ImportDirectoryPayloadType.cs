using Ent.Directory;
using Ent.GraphQL;
using Ent.Host.Directory.Import;
using GraphQL.Types;

namespace Ent.Host.Directory.GraphQL;

/// <summary>What <c>importDirectory</c> did, or why it wrote nothing.</summary>
/// <param name="School">The school imported, when it exists.</param>
/// <param name="Written">Whether the files were written.</param>
/// <param name="Counts">What was written, per kind of row.</param>
/// <param name="Errors">The first errors found in the files.</param>
/// <param name="ErrorCount">The number of errors found, listed or not.</param>
internal sealed record ImportDirectoryPayload(School? School, bool Written, IReadOnlyList<ImportTally> Counts, IReadOnlyList<UserError> Errors, int ErrorCount);

internal sealed class ImportDirectoryPayloadType : ObjectGraphType<ImportDirectoryPayload>
{
    public ImportDirectoryPayloadType()
    {
        Name = "ImportDirectoryPayload";
        Description = "What an import did. A payload with errors means nothing was written.";
        Field<SchoolType>("school").Description("The school imported, when it exists.").Resolve(context => context.Source.School);
        Field(payload => payload.Written).Description("Whether the files were written: false when they have errors or for a dry run.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DirectoryImportCountType>>>>("counts")
            .Description("What was written, per kind of row. Importing the same files again reports no change.")
            .Resolve(context => context.Source.Counts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description($"The first {ImportErrorList.Capacity} errors, each with its file and line in its message (people.csv:12: …).")
            .Resolve(context => context.Source.Errors);
        Field(payload => payload.ErrorCount).Description("The number of errors found, including those not listed.");
    }
}

internal sealed class DirectoryImportCountType : ObjectGraphType<ImportTally>
{
    public DirectoryImportCountType()
    {
        Name = "DirectoryImportCount";
        Description = "What an import did to one kind of row.";
        Field(tally => tally.Subject).Description("The kind of row, such as people or enrollments.");
        Field(tally => tally.Created).Description("Rows added.");
        Field(tally => tally.Updated).Description("Rows whose values changed, reactivations included.");
        Field(tally => tally.Deactivated).Description("People and profiles marked inactive because the files no longer list them.");
        Field(tally => tally.Removed).Description("Relationships deleted because the files no longer list them.");
        Field(tally => tally.Unchanged).Description("Rows the files list as they already were.");
    }
}
