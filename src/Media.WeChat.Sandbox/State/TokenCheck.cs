namespace Media.WeChat.Sandbox.State;

/// <summary>Outcome of checking an access_token: its appid, or the errcode to answer with.</summary>
public readonly record struct TokenCheck(string? AppId, int Errcode)
{
    public bool IsValid => AppId is not null;
}
