"""Domain layer: models, migrations, services and validation. Never imports Qt."""
