using Ent.Plugins.Grades.Domain;

namespace Ent.Plugins.Grades.GraphQL.Marks;

/// <summary>A mark with its evaluation loaded and its student's name, to order lists of marks by.</summary>
internal sealed record MarkRow(Mark Mark, string StudentLastName, string StudentFirstName);
