using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace DocGen.Api.Tests.Support;

/// <summary>Reaches every int64 figure of a report block by its contract path, creating the messages on the way.</summary>
public static class ProtoCells
{
    /// <summary>The paths ("applications.new_received.total", …) of every int64 field under <paramref name="block"/> of AnnualReport.</summary>
    public static IEnumerable<string> CountPaths(string block) =>
        CountPaths(Protos.V1.AnnualReport.Descriptor.FindFieldByName(block).MessageType, block);

    private static IEnumerable<string> CountPaths(MessageDescriptor message, string prefix)
    {
        foreach (var field in message.Fields.InFieldNumberOrder())
        {
            var path = prefix + "." + field.Name;
            if (field.FieldType == FieldType.Int64) yield return path;
            else if (field.FieldType == FieldType.Message)
                foreach (var inner in CountPaths(field.MessageType, path)) yield return inner;
        }
    }

    public static void Set(IMessage root, string path, long value)
    {
        var names = path.Split('.');
        var message = root;
        foreach (var name in names[..^1])
        {
            var field = message.Descriptor.FindFieldByName(name);
            if (field.Accessor.GetValue(message) is not IMessage next)
            {
                next = (IMessage)Activator.CreateInstance(field.MessageType.ClrType)!;
                field.Accessor.SetValue(message, next);
            }
            message = next;
        }
        message.Descriptor.FindFieldByName(names[^1]).Accessor.SetValue(message, value);
    }

    /// <summary>The int64 at <paramref name="path"/>; 0 when a message on the way is absent.</summary>
    public static long Get(IMessage root, string path)
    {
        var names = path.Split('.');
        var message = root;
        foreach (var name in names[..^1])
        {
            if (message.Descriptor.FindFieldByName(name).Accessor.GetValue(message) is not IMessage next) return 0;
            message = next;
        }
        return (long)message.Descriptor.FindFieldByName(names[^1]).Accessor.GetValue(message);
    }

    /// <summary>Every message field under <paramref name="message"/> present and empty, recursively.</summary>
    public static void FillEmpty(IMessage message, int depth = 0)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.FieldType != FieldType.Message || field.IsRepeated || depth > 8) continue;
            var inner = (IMessage)Activator.CreateInstance(field.MessageType.ClrType)!;
            field.Accessor.SetValue(message, inner);
            FillEmpty(inner, depth + 1);
        }
    }
}
