namespace Media.Abstractions.Hosting;

/// <summary>A command-line verb of the host (<c>Media.Web search rebuild</c>), run after the start-up tasks instead of
/// serving requests; the process exits with its result. Each runs in its own DI scope.</summary>
public interface IHostCommand
{
    /// <summary>The words that name it on the command line, e.g. <c>search rebuild</c>.</summary>
    string Name { get; }

    string Description { get; }

    /// <returns>The process exit code: 0 when it succeeded.</returns>
    Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken);
}
