using Hangfire;
using Media.Abstractions.Hosting;

namespace Media.Distribution.Jobs;

/// <summary>Registers the minutely sweep and runs one now, so deliveries interrupted by a restart resume at once.</summary>
internal sealed class SweepAtStart(IRecurringJobManager recurring, IBackgroundJobClient jobs) : IStartupTask
{
    public int Order => StartupTaskOrder.DemoContent + 100;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<DeliverySweep>(DeliverySweep.RecurringId, s => s.RunAsync(false, CancellationToken.None), Cron.Minutely());
        jobs.Enqueue<DeliverySweep>(s => s.RunAsync(true, CancellationToken.None));
        return Task.CompletedTask;
    }
}
