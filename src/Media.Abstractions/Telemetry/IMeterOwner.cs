namespace Media.Abstractions.Telemetry;

/// <summary>A module's metrics: it owns one <see cref="System.Diagnostics.Metrics.Meter"/> named
/// <c>Media.&lt;Module&gt;</c> (docs/operations.md §6). The host creates every owner when metrics start, so observable
/// instruments (gauges) exist before anything uses them; it never needs to know their names.</summary>
public interface IMeterOwner
{
    string MeterName { get; }
}
