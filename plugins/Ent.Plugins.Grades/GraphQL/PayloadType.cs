using Ent.GraphQL;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL;

/// <summary>The result of a mutation: what it wrote, or why it wrote nothing.</summary>
internal interface IPayload
{
    IReadOnlyList<UserError> Errors { get; }
}

/// <summary>A mutation's payload type, with its <c>errors</c> field.</summary>
internal abstract class PayloadType<TPayload> : ObjectGraphType<TPayload>
    where TPayload : IPayload
{
    protected PayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("What was wrong with the input (codes in docs/plugins/grades.md). When there is any, nothing was written.")
            .Resolve(context => context.Source.Errors);
    }
}
