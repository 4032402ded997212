namespace Ent.Host.Identity.Accounts;

/// <summary>The directory person a sign-in stands for, with what the tokens say of them.</summary>
internal sealed record AccountHolder(Guid PersonId, string TenantId, string DisplayName, string? Login);
