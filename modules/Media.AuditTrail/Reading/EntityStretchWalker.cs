using Media.AuditTrail.Chain;
using Microsoft.Extensions.DependencyInjection;

namespace Media.AuditTrail.Reading;

/// <summary>Walks a stretch through EF Core in a scope (and so a connection) of its own: works on any provider;
/// PostgreSQL uses it.</summary>
internal sealed class EntityStretchWalker(IServiceScopeFactory scopes, AuditChain chain) : IChainStretchWalker
{
    public async Task<ChainVerdict> WalkAsync(ChainStretch stretch, (long Seq, string Hash)? before, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<AuditReader>();
        using var walk = ChainWalk.Continuing(chain.CreateHasher(), before);
        await foreach (var entry in reader.StreamAsync(stretch.First, stretch.Last, cancellationToken)) walk.Add(entry);
        return walk.Verdict();
    }
}
