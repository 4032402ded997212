using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
#pragma warning disable EF1001 // MigrationsAssembly is the documented base for this customisation.
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Ent.Data;

/// <summary>
/// Lets one assembly hold a store's migrations for both engines: only the migrations and model snapshot
/// whose namespace ends with the engine in use (<c>.Sqlite</c> or <c>.PostgreSql</c>) are seen.
/// </summary>
internal sealed class ProviderMigrationsAssembly : MigrationsAssembly
{
    private readonly string _namespaceSuffix;
    private readonly Type _contextType;
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _modelSnapshot;
    private bool _snapshotLookedUp;

    public ProviderMigrationsAssembly(
        ICurrentDbContext currentContext,
        IDbContextOptions options,
        IMigrationsIdGenerator idGenerator,
        IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
        : base(currentContext, options, idGenerator, logger)
    {
        _contextType = currentContext.Context.GetType();
        _namespaceSuffix = currentContext.Context.Database.IsNpgsql() ? ".PostgreSql" : ".Sqlite";
    }

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations
            .Where(migration => IsForThisEngine(migration.Value))
            .ToDictionary(migration => migration.Key, migration => migration.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotLookedUp)
            {
                _snapshotLookedUp = true;
                var snapshotType = Assembly.DefinedTypes
                    .FirstOrDefault(type => !type.IsAbstract && type.IsSubclassOf(typeof(ModelSnapshot))
                        && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
                        && IsForThisEngine(type));
                _modelSnapshot = snapshotType is null ? null : (ModelSnapshot)Activator.CreateInstance(snapshotType.AsType())!;
            }

            return _modelSnapshot;
        }
    }

    private bool IsForThisEngine(TypeInfo type) =>
        type.Namespace?.EndsWith(_namespaceSuffix, StringComparison.Ordinal) == true;
}
