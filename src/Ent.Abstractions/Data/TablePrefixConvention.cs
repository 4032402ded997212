using Ent.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Ent.Data;

/// <summary>Prefixes every table of a store on SQLite, which has no schemas.</summary>
internal sealed class TablePrefixConvention(string prefix) : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            if (entityType.GetTableName() is { } table && !table.StartsWith(prefix, StringComparison.Ordinal)
                && entityType.GetSchema() is null && entityType.FindAnnotation(DirectoryModel.ForeignTableAnnotation) is null)
            {
                entityType.SetTableName(prefix + table);
            }
        }
    }
}
