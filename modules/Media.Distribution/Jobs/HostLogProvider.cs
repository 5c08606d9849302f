using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Media.Distribution.Jobs;

/// <summary>
/// Hangfire keeps its log provider in static state, so with several hosts in one process (the integration tests)
/// a later host can end up logging through an earlier, disposed host's factory. This provider resolves the logger
/// on each call and drops the message when its host is gone, instead of failing the job.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(loggerFactory);

    public ILog GetLogger(string name) => new HostLog(inner, name);

    private sealed class HostLog(AspNetCoreLogProvider provider, string name) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return provider.GetLogger(name).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
