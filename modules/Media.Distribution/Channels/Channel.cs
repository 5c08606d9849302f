namespace Media.Distribution.Channels;

/// <summary>Somewhere an approved article goes: the county site (always), a WeChat official account, the app.</summary>
public sealed class Channel
{
    public Guid Id { get; set; }

    public required string Type { get; set; }

    public required string Name { get; set; }

    /// <summary>Settings that may be shown (app id, API base URL, webhook URL), as JSON.</summary>
    public string PublicSettings { get; set; } = "{}";

    /// <summary>Secrets (app secret, webhook secret, AES key) encrypted with the data-protection keys, which live
    /// outside the database; a database dump alone does not reveal them.</summary>
    public string ProtectedSecrets { get; set; } = "";

    public bool IsEnabled { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
