using System.Collections.Concurrent;
using Media.WeChat.Sandbox.Callbacks;
using Media.WeChat.Sandbox.State;

namespace Media.WeChat.Sandbox.Publishing;

/// <summary>
/// Ends mass sends as WeChat does, with MASSSENDJOBFINISH to the account's callback URL (docs/wechat.md §15.7): a send that
/// needs no confirmation <see cref="WeChatSandboxOptions.MassSendDelay"/> after it starts, a confirmed one that long after
/// the confirmation ("send success"), a refused one at once (<c>err(40001)</c>, the admin refused). As at WeChat, the event
/// is not ordered with sendall's answer: with a short delay, or an answer held back, it arrives first.
/// </summary>
public sealed class MassSendFinisher(SandboxState state, TimeProvider time, CallbackPusher pusher) : IDisposable
{
    public const string AdminRefused = "err(40001)";

    private readonly ConcurrentDictionary<long, ITimer> _timers = new();

    /// <summary>A send started or confirmed: it succeeds after the delay.</summary>
    public void Confirmed(SandboxMassSend send)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (send.ConfirmedAt is null || send.Refused)
        {
            return;
        }

        var timer = time.CreateTimer(_ => Finish(send.MsgId), null, state.Options.MassSendDelay, Timeout.InfiniteTimeSpan);
        if (!_timers.TryAdd(send.MsgId, timer))
        {
            timer.Dispose();
        }
    }

    public void Refused(SandboxMassSend send)
    {
        ArgumentNullException.ThrowIfNull(send);
        pusher.EnqueueMassSend(send, AdminRefused);
    }

    public void Dispose()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Dispose();
        }

        _timers.Clear();
    }

    private void Finish(long msgId)
    {
        if (_timers.TryRemove(msgId, out var timer))
        {
            timer.Dispose();
        }

        if (state.MassSends.All.FirstOrDefault(s => s.MsgId == msgId) is { Refused: false } send)
        {
            pusher.EnqueueMassSend(send, MassSendJobFinishXml.SendSuccess);
        }
    }
}
