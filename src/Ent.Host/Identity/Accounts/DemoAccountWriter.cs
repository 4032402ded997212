using Ent.Host.Demo;

namespace Ent.Host.Identity.Accounts;

/// <summary>Gives each demo person a local account, so that the demo logins sign in on the embedded provider.</summary>
internal sealed class DemoAccountWriter(LocalAccountService accounts) : IDemoAccountWriter
{
    public async Task WriteAsync(IReadOnlyList<DemoLogin> logins, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logins);
        foreach (var login in logins)
        {
            if (await accounts.FindByLoginAsync(login.Login, cancellationToken) is null)
            {
                await accounts.CreateAsync(login.PersonId, login.Login, password, cancellationToken);
            }
        }
    }
}
