namespace Media.Channels.WeChat.Tests.Unit;

/// <summary>The official test vectors (docs/wechat.md §7.7) and the PUBLISHJOBFINISH vector of docs/wechat.md
/// Appendix A, copied as published.</summary>
public static class ReferenceVectors
{
    public const string Token = "AAAAA";
    public const string AesKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    public const string AppId = "wxba5fad812f8e6fb9";

    public const string SafeEncrypt =
        "+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04=";

    public const string SafeQuery =
        "signature=6c5c811b55cc85e0e1b54100749188c20beb3f5d&timestamp=1714112445&nonce=415670741&openid=o9AgO5Kd5ggOC-bXrbNODIiE3bGY&encrypt_type=aes&msg_signature=046e02f8204d34f8ba5fa3b1db94908f3df2e9b3";

    public const string SafeMessage =
        "{\"ToUserName\":\"gh_97417a04a28d\",\"FromUserName\":\"o9AgO5Kd5ggOC-bXrbNODIiE3bGY\",\"CreateTime\":1714112445,\"MsgType\":\"event\",\"Event\":\"debug_demo\",\"debug_str\":\"hello world\"}";

    public const string ReplyEncrypt = "ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ==";

    public const string PublishMessage =
        "<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><FromUserName><![CDATA[oV5CrjpxgaGXNHIQigzNlgLTnwic]]></FromUserName><CreateTime>1481013459</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>2247503051</publish_id><publish_status>0</publish_status><article_id><![CDATA[b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4]]></article_id><article_detail><count>1</count><item><idx>1</idx><article_url><![CDATA[ARTICLE_URL]]></article_url></item></article_detail></PublishEventInfo></xml>";

    public const string PublishEncrypt =
        "uMMzGtqcnpOzXOYBwDQNrYEwm91JgpiW4/4+X3oSGYbPl8PS0qNKWY8qM7I0swUoauQ8uRJ13rMkuHGuMiitYRQFyyhOE3AAwll8PuSOZk27sl8IUH1uY/VoNQe1GN1/yCUiTtGUFrzf1NUWgofJzJJeZZ0imEgZcgfXm10abuc4uspviguHzBtmHRcqqoRb6IrDJbsWn5nJY4sMax83rl/w/QWkFM2WYp01CLz+pOh5j+4aLiSTJ8C0MqjAJka4EEuKvJ/ZgOcLGUY9ZdjpVnGwFMIPigUf3V2egUf9yIfdjwy+SOTIDDq/YEBQ3gIJDxcjjsTeX7YxpLmNkVsIuhg9PgTnp7pCXYYavnInctvpeGNGx3Lu0Na+SFx0iQ0gD6BuQa2XE6cK+ahkPaVMnm5f1XnQFS5pDn/7UH/Bq0Gk5FCyYhmc53JQAe25/U84+p2QeAZFEjQXIAB+rEOz9qri7Zbj7RAstHfB9IV2AQfDoiOEGGCKUsSnuZ9bd9n11Vmy7xVqiiOYlGJOFouySesIHS5WXokV+6wM1AcUNIJUNJIEmmgGLPmocKI3MIhS8ltJuFvzAuutFeodi6rtlQukb6PrehliDKk5+s6ElHom2VOgboX1fRycWgPa+v16qojn1Sm/wJsq9rq/s9a8u4EswobfG4q1lVA4qvlrml5MZaWG9ijSNdE71mwBzYhmcqcQtPS8Mi/E9At2qbNnw5XtNZMipM0xZYXGUJzqHEU9Qh1mJY+TytwQu1gMj3o1CPad7r+gbuDJfZcyy+IWELvFjMC7K5TDCIKdbqyPR28=";

    public const string PublishQuery =
        "signature=39671320fa78d7d0e3c3f1b618cd5ebb00b7d876&timestamp=1481013460&nonce=1234567890&openid=oV5CrjpxgaGXNHIQigzNlgLTnwic&encrypt_type=aes&msg_signature=fb5880b15bacd527087c11e0fd7edff60c04ece7";

    public static string SafeEnvelope(string encrypt) =>
        $"<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
}
