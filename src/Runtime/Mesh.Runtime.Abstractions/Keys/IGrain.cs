namespace Mesh.Runtime;

/// <summary>Marker for every grain interface. A grain interface declares only methods returning Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;.</summary>
public interface IGrain;

/// <summary>A grain addressed by a string key.</summary>
public interface IGrainWithStringKey : IGrain;

/// <summary>A grain addressed by a Guid key.</summary>
public interface IGrainWithGuidKey : IGrain;

/// <summary>Marker for callback interfaces that a client or grain implements and hands to grains as a reference.</summary>
public interface IGrainObserver;
