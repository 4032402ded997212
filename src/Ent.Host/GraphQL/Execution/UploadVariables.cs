using System.Globalization;
using GraphQL;

namespace Ent.Host.GraphQL.Execution;

/// <summary>Puts the files of a multipart request into its variables, where the map says.</summary>
internal static class UploadVariables
{
    /// <summary>Returns the variables with each <see cref="UploadVariable.Path"/> set to its upload.</summary>
    /// <exception cref="InvalidOperationException">When a path does not lead into the variables (the reader checks them first).</exception>
    public static Inputs Apply(Inputs? variables, IReadOnlyList<UploadVariable> uploads)
    {
        var root = variables is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(variables);
        foreach (var upload in uploads)
        {
            object? container = root;
            for (var i = 0; i < upload.Path.Count; i++)
            {
                var segment = upload.Path[i];
                var isLast = i == upload.Path.Count - 1;
                switch (container)
                {
                    case IDictionary<string, object?> properties when isLast:
                        properties[segment] = upload.Upload;
                        break;
                    case IDictionary<string, object?> properties:
                        container = properties.TryGetValue(segment, out var child) ? child : throw PathError(upload);
                        break;
                    case IList<object?> items when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < items.Count:
                        if (isLast)
                        {
                            items[index] = upload.Upload;
                        }
                        else
                        {
                            container = items[index];
                        }

                        break;
                    default:
                        throw PathError(upload);
                }
            }
        }

        return new Inputs(root);
    }

    private static InvalidOperationException PathError(UploadVariable upload) =>
        new($"The upload path '{string.Join('.', upload.Path)}' does not lead into the variables.");
}
