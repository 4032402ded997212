using System.Text;
using System.Text.Encodings.Web;

namespace Ent.Host.Identity.Server;

/// <summary>
/// The authorization endpoint's sign-in page: plain HTML that names the app and the scopes it asks for, and
/// posts the login and password back to the endpoint with the authorization request in hidden fields.
/// </summary>
internal static class SignInPage
{
    public static string Render(SignInPageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Connexion à l'ENT</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem}")
            .Append("label,input,button{display:block;width:100%;box-sizing:border-box;margin:.3rem 0}input,button{padding:.5rem}")
            .Append(".error{color:#b00020}</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>Connexion à l'ENT</h1>\n")
            .Append("<p><strong>").Append(html.Encode(model.ClientName)).Append("</strong> demande l'accès à :</p>\n<ul>\n");
        foreach (var scope in model.Scopes)
        {
            page.Append("<li><code>").Append(html.Encode(scope)).Append("</code></li>\n");
        }

        page.Append("</ul>\n");
        if (model.Error is { } error)
        {
            page.Append("<p class=\"error\" role=\"alert\">").Append(html.Encode(error)).Append("</p>\n");
        }

        page.Append("<form method=\"post\" action=\"").Append(html.Encode(model.Action)).Append("\">\n");
        foreach (var (name, value) in model.HiddenFields)
        {
            page.Append("<input type=\"hidden\" name=\"").Append(html.Encode(name)).Append("\" value=\"").Append(html.Encode(value)).Append("\">\n");
        }

        page.Append("<label for=\"username\">Identifiant</label>\n")
            .Append("<input id=\"username\" name=\"username\" autocomplete=\"username\" required value=\"").Append(html.Encode(model.Login ?? string.Empty)).Append("\">\n")
            .Append("<label for=\"password\">Mot de passe</label>\n")
            .Append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n")
            .Append("<button type=\"submit\">Se connecter et autoriser</button>\n</form>\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }
}

/// <summary>What the sign-in page shows and posts back.</summary>
internal sealed record SignInPageModel(
    string Action,
    string ClientName,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<KeyValuePair<string, string>> HiddenFields,
    string? Login,
    string? Error);
