"""Sign-in, roles and the permission checks every service makes.

``session`` holds who is signed in, ``permissions`` what each role may do,
``passwords`` how passwords are hashed and which ones are acceptable, and
``accounts`` the user accounts themselves. Import from those modules: this
package stays light because ``core.actor`` (read by every model) imports
``session``.
"""
