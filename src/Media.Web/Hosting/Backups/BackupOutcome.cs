namespace Media.Web.Hosting.Backups;

/// <summary>What a backup or restore did, or why it refused; warnings name what it could not cover.</summary>
public sealed record BackupOutcome(bool Ok, string Message, IReadOnlyList<string> Warnings)
{
    public static BackupOutcome Refused(string message, IReadOnlyList<string>? warnings = null) => new(false, message, warnings ?? []);
}
