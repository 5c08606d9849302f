using Microsoft.Extensions.Logging;

namespace Media.AuditTrail;

internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "The audit chain is broken at seq {Seq}: {Problem}")]
    public static partial void ChainBroken(ILogger logger, long? seq, string? problem);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "The audit chain verified: {Entries} entries")]
    public static partial void ChainVerified(ILogger logger, long entries);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Audit export of seq {First}..{Last} written")]
    public static partial void Exported(ILogger logger, long first, long last);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "The audit head anchor could not be advanced to seq {Seq}")]
    public static partial void AnchorNotWritten(ILogger logger, long seq, Exception exception);
}
