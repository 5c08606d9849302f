namespace Media.WeChat.Sandbox;

/// <summary>WeChat's message modes: 明文 plaintext, 兼容 compatible, 安全 safe.</summary>
public enum CallbackMode
{
    Plaintext,
    Compatible,
    Safe,
}
