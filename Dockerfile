# zangraph: GraphQL over the corpus; backends chosen by environment (see scripts/config.ts).
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Dependencies first, so a source change does not reinstall them. tsx runs the TypeScript
# sources directly (no build step), and it is a devDependency: install everything.
COPY package.json package-lock.json ./
RUN npm ci --include=dev --ignore-scripts && npm cache clean --force
COPY . .
# The store's working files (sync state, embedded fallbacks) live in a volume owned by the runtime user.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
CMD ["npm", "start"]
