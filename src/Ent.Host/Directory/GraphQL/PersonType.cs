using Ent.Access;
using Ent.Directory;
using Ent.GraphQL.Loading;
using Ent.GraphQL;
using Ent.Host.Directory.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.GraphQL;

internal sealed class PersonType : NodeGraphType<Person>
{
    public PersonType()
    {
        Name = CoreTypeNames.Person;
        Description = "A person of the directory: a pupil, a relative, a teacher, staff or a guest, through their profiles.";
        Field(p => p.FirstName).Description("The first name.");
        Field(p => p.LastName).Description("The last name.");
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("First and last name, as apps show them.")
            .Resolve(context => $"{context.Source.FirstName} {context.Source.LastName}");
        Field<StringGraphType>("email").Description("The e-mail address: shown to the person themself and to the staff of their schools.")
            .ResolveAsync(async context => await SeesPrivateDetailsAsync(context) ? context.Source.Email : null);
        Field<DateOnlyGraphType>("birthDate").Description("The date of birth of a pupil: shown to the pupil, their relatives, and the staff of their school.")
            .ResolveAsync(async context => await SeesPrivateDetailsAsync(context) ? context.Source.BirthDate : null);
        Field(p => p.IsActive).Description("Whether the person is in the latest directory import.");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileType>>>>("profiles")
            .Description("The person's active roles, one per school.")
            .Resolve(context => context.LoadRelated<DirectoryDbContext, Profile>("profilesByPerson", context.Source.Id,
                (db, keys) => db.Profiles.Where(p => keys.Contains(p.PersonId) && p.IsActive).Select(p => new KeyedRow<Profile>(p.PersonId, p)))
                );

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassType>>>>("classes")
            .Description("The classes a pupil attends.")
            .Resolve(context => context.LoadRelated<DirectoryDbContext, SchoolClass>("classesByStudent", context.Source.Id,
                (db, keys) => db.ClassEnrollments.Where(e => keys.Contains(e.StudentId)).Join(db.Classes, e => e.ClassId, c => c.Id, (e, c) => new KeyedRow<SchoolClass>(e.StudentId, c)))
                );

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeachingGroupType>>>>("groups")
            .Description("The teaching groups a pupil belongs to.")
            .Resolve(context => context.LoadRelated<DirectoryDbContext, TeachingGroup>("groupsByStudent", context.Source.Id,
                (db, keys) => db.GroupMemberships.Where(m => keys.Contains(m.StudentId)).Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new KeyedRow<TeachingGroup>(m.StudentId, g)))
                );

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("children")
            .Description("A relative's children the viewer may see (all of them, for the relative themself), so that apps can offer to switch child.")
            .ResolveAsync(async context =>
            {
                var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
                await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
                var visible = policy.VisibleStudents(db);
                var children = db.FamilyLinks.Where(l => l.RelativeId == context.Source.Id).Select(l => l.StudentId);
                return await db.People.Where(p => children.Contains(p.Id) && visible.Contains(p.Id))
                    .OrderBy(p => p.FirstName).ThenBy(p => p.Id)
                    .ToListAsync(context.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeachingAssignmentType>>>>("teachingAssignments")
            .Description("What a teacher teaches, to which classes and groups.")
            .Resolve(context => context.LoadRelated<DirectoryDbContext, TeachingAssignment>("assignmentsByTeacher", context.Source.Id,
                (db, keys) => db.TeachingAssignments.Where(a => keys.Contains(a.TeacherId)).Select(a => new KeyedRow<TeachingAssignment>(a.TeacherId, a)))
                );
    }

    protected override Guid GetKey(Person source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
        await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
        var visible = policy.VisiblePeople(db);
        return await db.People.FirstOrDefaultAsync(p => p.Id == key && visible.Contains(p.Id), context.CancellationToken);
    }

    // Private details: the person themself, the relatives and staff who see a pupil's whole record, and the
    // staff of a grown-up's schools.
    private static async Task<bool> SeesPrivateDetailsAsync(IResolveFieldContext<Person> context)
    {
        var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
        if (policy.Viewer.PersonId == context.Source.Id)
        {
            return true;
        }

        var staffed = policy.StaffedSchools();
        await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
        var fullRecord = policy.FullRecordStudents(db);
        return await db.People.AnyAsync(
            p => p.Id == context.Source.Id
                && (fullRecord.Contains(p.Id) || db.Profiles.Any(profile => profile.PersonId == p.Id && staffed.Contains(profile.SchoolId))),
            context.CancellationToken);
    }
}
