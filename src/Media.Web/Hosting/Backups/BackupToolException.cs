namespace Media.Web.Hosting.Backups;

/// <summary>An outside tool (pg_dump, pg_restore) is missing or failed; the message says which and what it printed.</summary>
public sealed class BackupToolException(string message) : Exception(message);
