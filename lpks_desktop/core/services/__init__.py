"""Services: one module per area of the product, reached through ``core.store.Store``."""
