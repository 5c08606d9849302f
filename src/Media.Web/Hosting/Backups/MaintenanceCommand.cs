using Media.Abstractions.Hosting;
using Media.Data;

namespace Media.Web.Hosting.Backups;

/// <summary>The host's command-line verbs for operators: <c>backup --to DIR</c> and <c>restore --from DIR [--force]</c>
/// (docs/operations.md §5). Every other argument is the site's own configuration (<c>--Media:AppData=…</c>), read
/// exactly as the site reads it, so the command works on the same AppData and database the site uses.</summary>
public sealed record MaintenanceCommand(string Verb, string Folder, bool Force, string[] HostArgs)
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    /// <summary>The verb in <paramref name="args"/>, or null when the arguments start the site.</summary>
    public static MaintenanceCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not (Backup or Restore)) return null;
        var verb = args[0];
        var option = verb == Backup ? "--to" : "--from";
        string? folder = null;
        var force = false;
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == option && i + 1 < args.Length) folder = args[++i];
            else if (args[i].StartsWith(option + "=", StringComparison.Ordinal)) folder = args[i][(option.Length + 1)..];
            else if (args[i] == "--force" && verb == Restore) force = true;
            else rest.Add(args[i]);
        }
        return new MaintenanceCommand(verb, folder ?? "", force, [.. rest]);
    }

    /// <summary>Runs the verb against the configured site and answers the process exit code (0 done, 1 refused or
    /// failed, 2 wrong usage). Messages go to the console: this is an operator at a terminal.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (Folder.Length == 0)
        {
            await Console.Error.WriteLineAsync($"Usage: Media.Web {Backup} --to DIR | {Restore} --from DIR [--force] [--Media:AppData=…]");
            return 2;
        }
        var builder = WebApplication.CreateBuilder(HostArgs);
        var appData = new MediaAppData(builder.Configuration, builder.Environment);
        var site = new BackupSite(builder.Configuration, appData, MediaDatabaseSettings.From(builder.Configuration, appData), TimeProvider.System);
        try
        {
            var outcome = Verb == Backup
                ? await new BackupWriter(site).WriteAsync(Path.GetFullPath(Folder), cancellationToken)
                : await new BackupRestorer(site).RestoreAsync(Path.GetFullPath(Folder), Force, cancellationToken);
            foreach (var warning in outcome.Warnings) await Console.Error.WriteLineAsync("warning: " + warning);
            await (outcome.Ok ? Console.Out : Console.Error).WriteLineAsync(outcome.Message);
            return outcome.Ok ? 0 : 1;
        }
        catch (BackupToolException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
