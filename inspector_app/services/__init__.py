"""The workspace's services, one module each; `Workspace` builds them."""
