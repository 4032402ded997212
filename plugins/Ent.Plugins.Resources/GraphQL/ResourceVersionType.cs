using Ent.Directory;
using Ent.Endpoints;
using Ent.GraphQL;
using Ent.Plugins.Resources.Domain;
using Ent.Plugins.Resources.Endpoints;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ent.Plugins.Resources.GraphQL;

internal sealed class ResourceVersionType : NodeGraphType<ResourceVersion>
{
    public ResourceVersionType()
    {
        Name = "ResourceVersion";
        Description = "One upload of a file resource; uploading a new version keeps the previous ones.";
        Field(v => v.Number).Description("The version's rank, from 1.");
        Field(v => v.FileName).Description("The name the file was uploaded with, given back on download.");
        Field(v => v.ContentType).Description("The media type the file is served with, found from its name.");
        Field<NonNullGraphType<LongGraphType>>("size").Description("The size in bytes.").Resolve(context => context.Source.Size);
        Field(v => v.Sha256).Description("The SHA-256 digest of the content, in hexadecimal.");
        Field(v => v.Comment, nullable: true).Description("What changed, as the uploader wrote it.");
        Field(v => v.UploadedAt).Description("When it was uploaded.");
        Field("uploadedBy", CoreTypes.Person).Description("Who uploaded it.")
            .Resolve(context => ResourceLoaders.ById<Person>(context, context.Source.UploadedById));
        Field<NonNullGraphType<ResourceType>>("resource").Description("The resource it belongs to.")
            .Resolve(context => ResourceLoaders.ById<Resource>(context, context.Source.ResourceId));
        Field<NonNullGraphType<StringGraphType>>("downloadUrl")
            .Description("A short-lived link to download the file without a bearer token, relative to the server's address. With a bearer token, `GET /resources/files/{id}` works too.")
            .Resolve(context =>
            {
                var services = context.RequestServices!;
                var lifetime = services.GetRequiredService<IOptions<ResourcesOptions>>().Value.DownloadLinkLifetime;
                return services.GetRequiredService<ISignedLinks>().Create(FileDownloadEndpoint.PathOf(context.Source.Id), lifetime);
            });
    }

    protected override Guid GetKey(ResourceVersion source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var access = ResourceLoaders.AccessOf(context);
        await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
        var visible = access.Readable(db).Concat(access.Trash(db)).Select(r => r.Id);
        return await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == key && visible.Contains(v.ResourceId), context.CancellationToken);
    }
}
