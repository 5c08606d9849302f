namespace Media.Abstractions.Hosting;

/// <summary>Work the host runs once, in <see cref="Order"/>, after building and before serving requests
/// (migrations, the bootstrap admin, demo content). Each runs in its own DI scope.</summary>
public interface IStartupTask
{
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
